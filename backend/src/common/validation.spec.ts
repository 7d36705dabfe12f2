import { jest } from '@jest/globals';
import { ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import {
  IsInt, IsOptional, IsString, Max, MaxLength, Validate, ValidatorConstraint, validate, type ValidatorConstraintInterface,
} from 'class-validator';
import { BadInputError } from './errors.js';
import { createValidationPipe, rememberValidationRules, type RememberingValidationPipe } from './validation.js';

class Page {
  @IsInt() @Max(100) first: number;
}

const errorsOf = async (o: object) => (await validate(o)).map((e) => `${e.property}: ${Object.keys(e.constraints ?? {}).join(',')}`);

describe('remembered validation rules', () => {
  beforeAll(() => rememberValidationRules());

  it('validates as class-validator does, the first time and the next', async () => {
    for (let i = 0; i < 2; i++) {
      expect(await errorsOf(Object.assign(new Page(), { first: 500 }))).toEqual(['first: max']);
      expect(await errorsOf(Object.assign(new Page(), { first: 20 }))).toEqual([]);
    }
  });

  it('picks up rules declared after the first validation, including inherited ones', async () => {
    expect(await errorsOf(Object.assign(new Page(), { first: 1.5 }))).toEqual(['first: isInt']);
    // Declared only now: the remembered answers must not hide it.
    class SearchPage extends Page {
      @IsString() @MaxLength(5) query: string;
    }
    const page = Object.assign(new SearchPage(), { first: 500, query: 'burgerlijke stand' });
    expect((await errorsOf(page)).sort()).toEqual(['first: max', 'query: maxLength']);
    // A rule added to a class that was validated before.
    MaxLength(3)(Page.prototype, 'first');
    expect((await errorsOf(Object.assign(new Page(), { first: 50 }))).sort()).toEqual(['first: maxLength']);
  });
});

describe('the remembering validation pipe', () => {
  class Args {
    @IsOptional() @IsInt({ message: 'first moet een geheel getal zijn.' }) @Max(100, { message: 'first mag hoogstens 100 zijn.' }) first?: number;
    @IsOptional() @IsString() after?: string;
  }
  let checks = 0;
  @ValidatorConstraint({ name: 'counted' })
  class Counted implements ValidatorConstraintInterface {
    validate(v: unknown) {
      checks++;
      return typeof v === 'string';
    }
  }
  class Custom {
    @Validate(Counted) id: string;
  }
  const meta = (metatype: new () => object): ArgumentMetadata => ({ type: 'body', metatype, data: undefined });
  let pipe: RememberingValidationPipe;
  beforeEach(() => {
    pipe = createValidationPipe();
  });

  it('answers as it did the first time, with a new instance for every call', async () => {
    const validated = jest.spyOn(ValidationPipe.prototype, 'transform');
    const first = await pipe.transform({ first: 50 }, meta(Args));
    const again = await pipe.transform({ first: 50 }, meta(Args));
    // Only the first went through class-transformer and class-validator.
    expect(validated).toHaveBeenCalledTimes(1);
    validated.mockRestore();
    expect(first).toBeInstanceOf(Args);
    expect(again).toBeInstanceOf(Args);
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
    expect(await pipe.transform({ first: 50, after: 'abc' }, meta(Args))).toEqual(Object.assign(new Args(), { first: 50, after: 'abc' }));
  });

  it('refuses bad input every time, and unknown fields too', async () => {
    for (let i = 0; i < 2; i++) {
      await expect(pipe.transform({ first: 500 }, meta(Args))).rejects.toMatchObject({ extensions: { fields: { first: 'first mag hoogstens 100 zijn.' } } });
      await expect(pipe.transform({ first: 5, sort: 'x' }, meta(Args))).rejects.toBeInstanceOf(BadInputError);
    }
    // A good value after bad ones, and a bad one after a good one.
    expect(await pipe.transform({ first: 100 }, meta(Args))).toEqual(Object.assign(new Args(), { first: 100 }));
    await expect(pipe.transform({ first: 101 }, meta(Args))).rejects.toBeInstanceOf(BadInputError);
  });

  it('checks a class with a rule of its own every time', async () => {
    checks = 0;
    await pipe.transform({ id: 'a' }, meta(Custom));
    await pipe.transform({ id: 'a' }, meta(Custom));
    expect(checks).toBe(2);
    await expect(pipe.transform({ id: 5 }, meta(Custom))).rejects.toBeInstanceOf(BadInputError);
  });

  it('applies a rule declared after an input was remembered', async () => {
    class Later {
      @IsOptional() @IsInt() n?: number;
    }
    expect(await pipe.transform({ n: 7 }, meta(Later))).toEqual(Object.assign(new Later(), { n: 7 }));
    Max(5)(Later.prototype, 'n');
    await expect(pipe.transform({ n: 7 }, meta(Later))).rejects.toBeInstanceOf(BadInputError);
  });
});
