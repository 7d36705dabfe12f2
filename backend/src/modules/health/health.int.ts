import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { schemaText } from '../../schema.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

describe('service endpoints', () => {
  it('answers /health and /ready once migrated', async () => {
    expect((await fetch(`${app.url}/health`)).status).toBe(200);
    const ready = await fetch(`${app.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('serves the schema that is committed in backend/schema.gql', () => {
    const committed = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../schema.gql'), 'utf8');
    const live = schemaText(app.app.get(GraphQLSchemaHost).schema);
    // If this fails, run `npm run build -w backend` and commit backend/schema.gql.
    expect(live).toBe(committed);
  });
});
