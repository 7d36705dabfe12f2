import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchemaText } from './schema.js';

// Part of the build: the contract the front end's codegen reads.
const target = join(dirname(fileURLToPath(import.meta.url)), '../schema.gql');
writeFileSync(target, await buildSchemaText());
console.log(`wrote ${target}`);
