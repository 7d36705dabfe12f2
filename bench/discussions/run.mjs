#!/usr/bin/env node
// The werkruimte benchmarks in one run (see bench/README.md): thread read, fan-out, search.
// Figures only: a missed target never fails the process; wrong answers or a server that does not start do.
import { report as fanoutReport, fanout } from './fanout.mjs';
import { runMain } from './lib.mjs';
import { report as searchReport, search } from './search.mjs';
import { report as readReport, threadRead } from './thread-read.mjs';

runMain(async () => {
  const read = await threadRead();
  const fan = await fanout();
  const found = await search();
  console.log([readReport(read), fanoutReport(fan), searchReport(found)].join('\n'));
});
