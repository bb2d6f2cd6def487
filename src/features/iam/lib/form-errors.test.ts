import { describe, expect, it } from 'vitest';
import { createGroupSchema, createUserSchema } from '@/api/contracts/iam';
import { fieldErrors } from './form-errors';

describe('fieldErrors', () => {
  it('reads the contract schema issues per field', () => {
    expect(fieldErrors(createUserSchema.safeParse({ user: { name: '', description: '' } }), 'user')).toEqual({
      name: { code: 'too_small', message: 'Enter a user name.' },
    });
    expect(fieldErrors(createUserSchema.safeParse({ user: { name: '1abc', description: 'x'.repeat(300) } }), 'user')).toMatchObject({
      name: { code: 'invalid_format' },
      description: { code: 'too_big' },
    });
    expect(fieldErrors(createGroupSchema.safeParse({ group: { name: 'ok-name' } }), 'group')).toEqual({});
  });
});
