/** The CSP helpers of the inline-CSS build plugin (src/build/inline-css.ts). */
import { describe, expect, it } from 'vitest';
import { allowStyle, styleHash } from '../../../src/build/inline-css';

describe('styleHash', () => {
  it('is the CSP source for the SHA-256 of the exact text', () => {
    expect(styleHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(styleHash('a{color:red}')).not.toBe(styleHash('a{color:red} '));
  });
});

describe('allowStyle', () => {
  const policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

  it('adds the source to style-src only', () => {
    expect(allowStyle(policy, "'sha256-x'")).toBe("default-src 'self'; script-src 'self'; style-src 'self' 'sha256-x'; img-src 'self' data:");
  });

  it('works on the first and the last directive, and keeps a space before the semicolon', () => {
    expect(allowStyle("style-src 'self'", "'h'")).toBe("style-src 'self' 'h'");
    expect(allowStyle("style-src 'self' ; img-src 'self'", "'h'")).toBe("style-src 'self' 'h' ; img-src 'self'");
  });

  it('does not take style-src-elem or style-src-attr for style-src', () => {
    expect(() => allowStyle("default-src 'self'; style-src-elem 'self'", "'h'")).toThrow(/no style-src/);
  });

  it('refuses a policy without style-src', () => {
    expect(() => allowStyle("default-src 'self'", "'h'")).toThrow(/no style-src directive/);
  });
});
