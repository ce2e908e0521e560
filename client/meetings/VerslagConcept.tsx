/**
 * The chair's concept of a verslag: the blocks the server lays out for the PDF and DOCX (title,
 * notes, headings, lists, tables), shown as they are, so the concept holds exactly what freezing
 * would put in the verslag now.
 */
import type { VerslagBlock } from "../../shared/api/meetings.js";

/** One block as HTML; headings sit below the panel's own "Concept" heading. */
function Block({ block }: { block: VerslagBlock }) {
  switch (block.type) {
    case "title":
      return <p className="mt-concept-title">{block.text}</p>;
    case "note":
      return <p className="muted mt-concept-note">{block.text}</p>;
    case "heading":
      return <h5>{block.text}</h5>;
    case "paragraph":
      return <p>{block.text}</p>;
    case "list": {
      const items = block.items.map((item, i) => <li key={i}>{item}</li>);
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case "table": {
      const head = block.header ? block.rows[0] : undefined;
      const body = block.header ? block.rows.slice(1) : block.rows;
      return (
        <div className="mt-concept-table">
          <table className="data-table">
            {head !== undefined && (
              <thead>
                <tr>
                  {head.map((cell, c) => (
                    <th key={c} scope="col">
                      {cell}
                    </th>
                  ))}
                </tr>
              </thead>
            )}
            <tbody>
              {body.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) =>
                    !block.header && c === 0 ? (
                      <th key={c} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={c}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    }
  }
}

/** The concept's blocks in order. */
export function VerslagConcept({ blocks }: { blocks: VerslagBlock[] }) {
  return (
    <div className="mt-concept">
      {blocks.map((block, i) => (
        <Block key={i} block={block} />
      ))}
    </div>
  );
}
