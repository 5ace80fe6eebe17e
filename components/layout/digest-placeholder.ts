/**
 * Stands for the error digest in the translated "reference" sentence the root layout hands
 * to the error boundary. In its own plain module because a constant exported from a
 * 'use client' file reaches server components as a client reference, not as the string.
 */
export const DIGEST_PLACEHOLDER = "{digest}";
