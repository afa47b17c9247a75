import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** What a strict JSON Schema 2020-12 validator finds wrong with `data` (empty if nothing). */
export function schemaErrors(schema: object, data: unknown): string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return validate(data) ? [] : (validate.errors ?? []).map(({ instancePath, message }) => `${instancePath}: ${message}`);
}
