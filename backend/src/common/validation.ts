import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import * as classValidator from 'class-validator';
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
/** Counts additions of rules after rememberValidationRules(), so what was remembered can be dropped. */
let rulesAdded = 0;

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
    rulesAdded++;
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

// class-validator's own rules, by the names their metadata carry (IS_INT = 'isInt', …).
const BUILT_IN_RULES: ReadonlySet<string> = new Set(
  Object.entries(classValidator).filter(([k, v]) => /^[A-Z][A-Z0-9_]+$/.test(k) && typeof v === 'string').map(([, v]) => v as string),
);
const PURE_KINDS = new Set(['whitelistValidation', 'isDefined', 'nestedValidation']);
const RULED_KINDS = new Set(['customValidation', 'conditionalValidation']);
const MAX_KEY = 1000;
const MAX_REMEMBERED = 500;

type Class = new () => object;

/**
 * The global pipe, remembering what it made of small flat inputs: `thread(id: …)` or
 * `comments(first: 50)` arrive with the same few values over and over, and turning them into a
 * class and validating it costs more than the rest of answering a field. Only for classes whose
 * rules are all class-validator's own (they depend on the value alone), inputs whose values are
 * all strings, numbers, booleans or null, and results with nothing but such values; anything else,
 * and anything that fails, goes through the pipe every time. Each call gets its own instance.
 */
export class RememberingValidationPipe extends ValidationPipe {
  private pure = new WeakMap<Class, boolean>();
  private results = new Map<Class, Map<string, Record<string, unknown>>>();
  private seenRules = rulesAdded;

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (this.seenRules !== rulesAdded) {
      // A rule was declared since: nothing remembered may stand.
      this.seenRules = rulesAdded;
      this.pure = new WeakMap();
      this.results = new Map();
    }
    const type = metadata.metatype as Class | undefined;
    const key = type && this.hasPureRules(type) ? flatKey(value, metadata) : null;
    if (!type || key === null) return super.transform(value, metadata);
    let byKey = this.results.get(type);
    if (!byKey) this.results.set(type, (byKey = new Map()));
    const known = byKey.get(key);
    if (known) return Object.assign(new type(), known);
    const result: unknown = await super.transform(value, metadata);
    if (result instanceof type && isFlat(result)) {
      if (byKey.size >= MAX_REMEMBERED) byKey.clear();
      byKey.set(key, { ...result });
    }
    return result;
  }

  private hasPureRules(type: Class): boolean {
    let pure = this.pure.get(type);
    if (pure === undefined) {
      const rules = getMetadataStorage().getTargetValidationMetadatas(type, '', false, false);
      pure = rules.length > 0 && rules.every((r) => PURE_KINDS.has(r.type) || (RULED_KINDS.has(r.type) && r.name !== undefined && BUILT_IN_RULES.has(r.name)));
      this.pure.set(type, pure);
    }
    return pure;
  }
}

const isPrimitive = (v: unknown) => v === null || v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

function isFlat(o: object): boolean {
  for (const k in o) if (!isPrimitive((o as Record<string, unknown>)[k])) return false;
  return true;
}

/** A key for a plain object of primitives (with the argument's type and name), or null. */
function flatKey(value: unknown, metadata: ArgumentMetadata): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const proto = Object.getPrototypeOf(value);
  if ((proto !== Object.prototype && proto !== null) || !isFlat(value)) return null;
  const key = `${metadata.type}|${metadata.data ?? ''}|${JSON.stringify(value)}`;
  return key.length <= MAX_KEY ? key : null;
}

/** Global pipe: class-validator on every @InputType, failures become BAD_USER_INPUT with per-field messages. */
export function createValidationPipe(): RememberingValidationPipe {
  rememberValidationRules();
  return new RememberingValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new BadInputError(collect(errors)),
  });
}
