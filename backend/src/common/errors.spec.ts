import { GraphQLError } from 'graphql';
import { maskUnexpected } from './graphql.config.js';
import { BadInputError, RateLimitedError } from './errors.js';

describe('the one error model', () => {
  it('passes domain errors through with their code and details', () => {
    const e = new BadInputError({ email: 'Vul een geldig e-mailadres in.' });
    expect(maskUnexpected(e.toJSON())).toEqual({
      message: 'Controleer de ingevulde gegevens.',
      extensions: { code: 'BAD_USER_INPUT', fields: { email: 'Vul een geldig e-mailadres in.' } },
    });
    expect(maskUnexpected(new RateLimitedError(42).toJSON()).extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 42 });
  });

  it('hides the details of anything unexpected', () => {
    const leaked = new GraphQLError('relation "users" does not exist', {
      path: ['me'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at Query.me (/app/x.js:1:1)'] },
    });
    const masked = maskUnexpected(leaked.toJSON());
    expect(masked).toEqual({
      message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
      path: ['me'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});
