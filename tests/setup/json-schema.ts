import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** A strict JSON Schema 2020-12 validator of `schema`, giving what it finds wrong with data (empty if nothing). */
export function schemaValidator(schema: object): (data: unknown) => string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return (data) =>
    validate(data) ? [] : (validate.errors ?? []).map(({ instancePath, message }) => `${instancePath}: ${message}`);
}
