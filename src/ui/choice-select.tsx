/** A labelled select over a fixed list of choices, each shown by its name in the product's words. */
export function ChoiceSelect<T extends string>({
  label,
  name,
  value,
  choices,
  onChange,
}: {
  label: string;
  name?: string;
  value: T;
  choices: ReadonlyArray<readonly [T, string]>;
  onChange: (value: T) => void;
}) {
  return (
    <label>
      {label}{' '}
      <select name={name} value={value} onChange={(event) => onChange(event.currentTarget.value as T)}>
        {choices.map(([choice, shown]) => (
          <option key={choice} value={choice}>
            {shown}
          </option>
        ))}
      </select>
    </label>
  );
}
