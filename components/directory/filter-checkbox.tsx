/** A GET-form checkbox sending `name=1` when ticked; big enough to hit on a phone. */
export function FilterCheckbox({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <div className="flex items-center gap-2">
      <input id={`filter-${name}`} type="checkbox" name={name} value="1" defaultChecked={checked} className="size-5 shrink-0 accent-brand-600" />
      <label htmlFor={`filter-${name}`} className="text-slate-900">
        {label}
      </label>
    </div>
  );
}
