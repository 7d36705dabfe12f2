import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
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

type Storage = ReturnType<typeof getMetadataStorage>;
const remembered = new WeakSet<Storage>();

/**
 * class-validator looks up a class's rules on every validate() by scanning every class it knows
 * (an `instanceof` test per class, for inherited rules): with a few hundred input classes that scan
 * was a large part of validating `thread(id)`. The answer only changes when rules are added
 * (decorators run at import time), so it is remembered per class and options until then.
 */
export function rememberValidationRules(storage: Storage = getMetadataStorage()): void {
  if (remembered.has(storage)) return;
  remembered.add(storage);
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  let memo = new Map<unknown, Map<string, ReturnType<Storage['getTargetValidationMetadatas']>>>();
  const forget = <A extends unknown[]>(add: (...a: A) => void) => (...a: A) => {
    memo = new Map();
    add(...a);
  };
  storage.addValidationMetadata = forget(storage.addValidationMetadata.bind(storage));
  storage.addConstraintMetadata = forget(storage.addConstraintMetadata.bind(storage));
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema}|${always}|${strictGroups}|${groups?.join('\u0000') ?? ''}`;
    let byKey = memo.get(target);
    if (!byKey) memo.set(target, (byKey = new Map()));
    let rules = byKey.get(key);
    if (!rules) byKey.set(key, (rules = lookup(target, schema, always, strictGroups, groups)));
    return rules;
  };
}

/** Global pipe: class-validator on every @InputType, failures become BAD_USER_INPUT with per-field messages. */
export function createValidationPipe() {
  rememberValidationRules();
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new BadInputError(collect(errors)),
  });
}
