/** The options of an SOP `<select>`: "—" for none, then every SOP by title (with an optional note after it). */
export function SopOptions({ sops, note }: { sops: readonly { id: string; title: string }[]; note?: (sopId: string) => string }) {
  return (
    <>
      <option value="">—</option>
      {sops.map((s) => (
        <option key={s.id} value={s.id}>
          {note ? `${s.title} ${note(s.id)}` : s.title}
        </option>
      ))}
    </>
  );
}
