import { IsInt, IsString, Max, MaxLength, validate } from 'class-validator';
import { rememberValidationRules } from './validation.js';

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
