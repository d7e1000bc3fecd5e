import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

// The official SARIF 2.1.0 JSON Schema (OASIS, errata 01), vendored under test/fixtures/sarif (see its README).
const schemaPath = join(import.meta.dirname, '..', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json');

/** Validates a SARIF log against the official schema; returns ajv's errors, or an empty list. */
export function sarifErrors(log: unknown): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
