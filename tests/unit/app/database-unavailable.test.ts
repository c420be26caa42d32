import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../../src/db/unavailable.js';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
const serverError = (code: string, message: string) => Object.assign(new pg.DatabaseError(message, 0, 'error'), { code, severity: 'FATAL' });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['connection refused', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['connection reset', withCode('read ECONNRESET', 'ECONNRESET')],
    ['network timeout', withCode('connect ETIMEDOUT 10.0.0.5:5432', 'ETIMEDOUT')],
    ['broken pipe', withCode('write EPIPE', 'EPIPE')],
    ['admin shutdown (pg_ctl stop -m fast)', serverError('57P01', 'terminating connection due to administrator command')],
    ['crash shutdown', serverError('57P02', 'terminating connection because of crash of another server process')],
    ['starting up', serverError('57P03', 'the database system is starting up')],
    ['too many connections', serverError('53300', 'sorry, too many clients already')],
    ['connection exception class 08', serverError('08006', 'connection failure')],
    ['connection does not exist', serverError('08003', 'connection does not exist')],
    ['connection dropped', new Error('Connection terminated unexpectedly')],
    ['connect timeout', new Error('Connection terminated due to connection timeout')],
    ['pool connect timeout', new Error('timeout exceeded when trying to connect')],
    ['a client that already lost its connection', new Error('Client has encountered a connection error and is not queryable')],
    ['every address of a host refused', Object.assign(new AggregateError([withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED'), withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')]), { code: undefined })],
    ['wrapped as a cause', new Error('query failed', { cause: withCode('read ECONNRESET', 'ECONNRESET') })],
  ])('yes: %s', (_what, err) => {
    expect(isDatabaseUnavailable(err)).toBe(true);
  });

  it.each([
    ['a unique violation', serverError('23505', 'duplicate key value violates unique constraint')],
    ['a syntax error', serverError('42601', 'syntax error at or near "selec"')],
    ['a statement timeout (the query, not the server)', serverError('57014', 'canceling statement due to statement timeout')],
    ['a serialization failure', serverError('40001', 'could not serialize access')],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['an aggregate with one unrelated error', new AggregateError([withCode('connect ECONNREFUSED', 'ECONNREFUSED'), new TypeError('x')])],
    ['nothing', undefined],
    ['a string', 'ECONNREFUSED'],
  ])('no: %s', (_what, err) => {
    expect(isDatabaseUnavailable(err)).toBe(false);
  });
});
