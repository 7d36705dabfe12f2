import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { BadInputError } from './errors.js';

function collect(errors: ValidationError[], prefix = '', out: Record<string, string> = {}) {
  for (const e of errors) {
    const name = prefix ? `${prefix}.${e.property}` : e.property;
    const messages = Object.values(e.constraints ?? {});
    if (messages.length && !out[name]) out[name] = messages[messages.length - 1];
    if (e.children?.length) collect(e.children, name, out);
  }
  return out;
}

/** Global pipe: class-validator on every @InputType, failures become BAD_USER_INPUT with per-field messages. */
export function createValidationPipe() {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new BadInputError(collect(errors)),
  });
}
