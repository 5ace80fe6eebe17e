import type { Metadata } from "next";
import { LoginScreen, loginMetadata } from "@/components/auth/login-screen";

/** The prerendered sign-in page of a demo installation: the same, with the demo accounts' hint (see ../page.tsx). */
export const dynamic = "force-static";

export const generateMetadata = (): Promise<Metadata> => loginMetadata();

export default function StaticDemoLoginPage() {
  return <LoginScreen callbackUrl="/" demoHint />;
}
