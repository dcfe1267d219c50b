// How BRON's shard and front threads start (worker-start.ts): a thread that cannot wire itself says
// why and ends, rather than leaving the main thread waiting for `ready`.
import { wireOrFail } from '../src/worker-start';

const ended = (code: number): never => {
  throw new Error(`exit ${code}`);
};

test('wireOrFail returns what wire made, and tells nobody anything', () => {
  const post = jest.fn();
  expect(wireOrFail(() => ({ db: 'open' }), post, ended)).toEqual({ db: 'open' });
  expect(post).not.toHaveBeenCalled();
});

test('wireOrFail posts failed with the reason and ends the thread with 1 when wire throws', () => {
  const post = jest.fn();
  expect(() =>
    wireOrFail(
      () => {
        throw new Error('geen database');
      },
      post,
      ended,
    ),
  ).toThrow('exit 1');
  expect(post).toHaveBeenCalledWith({ type: 'failed', message: 'geen database' });
});
