/**
 * One labelled select of a GET filter form (the dashboard's, the audit log's): the first option, "any", is the empty
 * value. No hooks, so server and client components both use it; callers pass the texts in their language.
 */
export function FilterSelect({
  id,
  name,
  label,
  anyLabel,
  value,
  options,
}: {
  id: string;
  name: string;
  label: string;
  anyLabel?: string;
  value: string | undefined;
  options: readonly { value: string; label: string; title?: string }[];
}) {
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ''}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value} title={option.title}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
