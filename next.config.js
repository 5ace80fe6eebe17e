// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** Headers that do not depend on the request; the CSP (which needs a per-request nonce) is set in proxy.ts. */
const staticSecurityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and argon2 a native addon: load them with Node's require, not the bundler.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "postgres"],
  poweredByHeader: false,
  // Attached files may be up to 20 MB (lib/storage); the default server-action body limit is 1 MB.
  // proxy.ts runs on those POSTs too, and Next hands the proxy at most 10 MB of a body by
  // default: past that the action got a cut-off form and failed with a 500.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "21mb" }, proxyClientMaxBodySize: "22mb" },
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders }];
  },
};

module.exports = withNextIntl(nextConfig);
