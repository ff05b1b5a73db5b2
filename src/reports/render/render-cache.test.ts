import { describe, expect, it } from 'vitest';
import { RenderCache } from './render-cache';

const counting = () => {
  let n = 0;
  return { render: (out: string) => () => Promise.resolve(`${out}#${++n}`), count: () => n };
};

describe('render cache', () => {
  it('renders an input once and again only when the input changes', async () => {
    const cache = new RenderCache(4);
    const r = counting();
    const v1 = { release: '2025-H1', version: 1 };
    expect(await cache.get(v1, r.render('a'))).toBe('a#1');
    expect(await cache.get({ ...v1 }, r.render('a'))).toBe('a#1');
    expect(r.count()).toBe(1);
    expect(await cache.get({ release: '2025-H1', version: 2 }, r.render('b'))).toBe('b#2');
    expect(r.count()).toBe(2);
    expect(cache.renders).toBe(2);
  });

  it('shares one render between concurrent requests and forgets failures', async () => {
    const cache = new RenderCache(4);
    const r = counting();
    const [x, y] = await Promise.all([cache.get('k', r.render('a')), cache.get('k', r.render('a'))]);
    expect([x, y]).toEqual(['a#1', 'a#1']);
    await expect(cache.get('bad', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await Promise.resolve();
    expect(await cache.get('bad', r.render('ok'))).toBe('ok#2');
  });

  it('stays within its limit, dropping the least recently used', async () => {
    const cache = new RenderCache(2);
    const r = counting();
    await cache.get(1, r.render('one'));
    await cache.get(2, r.render('two'));
    await cache.get(1, r.render('one')); // 1 is now the most recently used
    await cache.get(3, r.render('three'));
    expect(cache.size).toBe(2);
    expect(await cache.get(1, r.render('one'))).toBe('one#1');
    expect(await cache.get(2, r.render('two'))).toBe('two#4');
  });
});
