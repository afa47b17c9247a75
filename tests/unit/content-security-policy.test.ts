import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, scriptHashSource } from '../../src/lib/content-security-policy.ts';

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `));

describe('a page’s Content-Security-Policy', () => {
  it('allows an inline script by the SHA-256 of its exact text, and no other', () => {
    const script = 'document.documentElement.dataset.js=""';
    const expected = `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
    expect(scriptHashSource(script)).toBe(expected);
    expect(scriptHashSource(`${script};`)).not.toBe(expected);
    expect(directive(contentSecurityPolicy({ inlineScripts: [script] }), 'script-src')).toBe(`script-src 'self' ${expected}`);
  });

  it('adds a page’s own script sources, and nothing unsafe unless asked', () => {
    const plain = contentSecurityPolicy({ inlineScripts: [] });
    expect(plain).not.toContain('unsafe');
    const search = contentSecurityPolicy({ inlineScripts: [], scriptSources: ["'wasm-unsafe-eval'"] });
    expect(directive(search, 'script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
  });

  it('keeps styles, images, plugins, <base> and forms to the site', () => {
    const policy = contentSecurityPolicy({ inlineScripts: [] });
    expect(directive(policy, 'default-src')).toBe("default-src 'self'");
    expect(directive(policy, 'style-src')).toBe("style-src 'self'");
    expect(directive(policy, 'img-src')).toBe("img-src 'self' data:");
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
    expect(directive(policy, 'base-uri')).toBe("base-uri 'self'");
    expect(directive(policy, 'form-action')).toBe("form-action 'self'");
  });
});
