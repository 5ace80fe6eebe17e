import type { Metadata } from "next";
import { LoginScreen, loginMetadata } from "@/components/auth/login-screen";

/*
 * Prerendered at build time, in Vietnamese, and served as a file: the sign-in page as most
 * visitors first see it (no return path, no error, no session). Everything that needs the
 * request (another language, a return path, an error, a session, the demo hint) is sent by
 * proxy.ts to ./dynamic instead. force-static makes cookies() read empty while prerendering,
 * so the root layout's locale is the default one.
 */
export const dynamic = "force-static";

export const generateMetadata = (): Promise<Metadata> => loginMetadata();

export default function StaticLoginPage() {
  return <LoginScreen callbackUrl="/" demoHint={false} />;
}
