import { signOutAction } from "@/lib/auth/actions";

/** A form posting to a server action: signing out works without JavaScript and ships none. */
export function SignOutButton({ label }: { label: string }) {
  return (
    <form action={signOutAction}>
      <button type="submit" className="rounded px-2 py-1 text-sm font-semibold text-white underline-offset-2 hover:underline">
        {label}
      </button>
    </form>
  );
}
