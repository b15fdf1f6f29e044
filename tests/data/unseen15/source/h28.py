"""Helpers of unseen15: put the table printers' relations into a report."""


def tab(rep, *lists):
    for rels in lists:
        for r in rels:
            r["anchor"] = r.pop("quote")
            rep.add(r)


def docx_table(rep, text: str) -> str:
    """Keep a tab-separated table as a Word table; returns the placeholder line."""
    rep.docx_blocks.append([ln.split("\t") for ln in text.split("\n")])
    return f"@@TABLE {len(rep.docx_blocks) - 1}"


def flat(rep) -> str:
    """The text a .docx is read as: Word tables' rows with cells joined by tabs."""
    out = []
    for line in rep.text.split("\n"):
        if line.startswith("@@TABLE"):
            out += ["\t".join(map(str, r)) for r in rep.docx_blocks[int(line.split()[1])]]
        else:
            out.append(line)
    return "\n".join(out)
