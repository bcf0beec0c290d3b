/**
 * A page the size of a real Gmail inbox for the CPU benchmark: 50 thread rows shaped like Gmail's
 * (tr.zA with span[data-thread-id][data-legacy-thread-id]) inside deep wrappers, about 5,000 nodes,
 * and a little script that keeps the page busy the way a mail client does after load.
 */
export function gmailSizedPage(rows = 50, targetNodes = 5_000): string {
  const row = (index: number) =>
    `<tr class="zA zE"><td><div><div><span email="client${index}@acme.example" name="Client ${index}">Client ${index}</span></div></div></td>` +
    `<td><div><div><span class="bog"><span data-thread-id="#thread-f:17830000000000${String(index).padStart(5, '0')}" data-legacy-thread-id="18c00000${String(index).padStart(8, '0')}">Subject ${index}</span></span>` +
    `<span class="y2"> - a preview of the message, cut short …</span></div></div></td><td><span title="Nov ${(index % 28) + 1}">Nov ${(index % 28) + 1}</span></td></tr>`;
  const rowHtml = Array.from({ length: rows }, (_, index) => row(index)).join('');
  const perRowNodes = 17;
  const filler = Math.max(0, Math.floor((targetNodes - rows * perRowNodes) / 3));
  const fillerHtml = Array.from(
    { length: filler },
    (_, index) => `<div class="f"><span>${index}</span></div>`,
  ).join('');
  return `<!doctype html><html><head><title>Inbox</title></head><body>
<div role="navigation">${fillerHtml}</div>
<div role="main"><table><tbody>${rowHtml}</tbody></table></div>
<script>
  // Mail clients keep working after load: re-render a few rows for a while.
  let ticks = 0;
  const timer = setInterval(() => {
    const rows = document.querySelectorAll('tr.zA');
    rows[ticks % rows.length].classList.toggle('x');
    if (++ticks > 40) clearInterval(timer);
  }, 50);
</script></body></html>`;
}
