/** A small RFC 4180 reader for the test: quoted fields, doubled quotes, newlines inside quotes. */
export function readCsv(text: string): Record<string, string>[] {
  const records: string[][] = []
  let field = ''
  let record: string[] = []
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      record.push(field)
      field = ''
    } else if (c === '\n') {
      record.push(field)
      records.push(record)
      record = []
      field = ''
    } else if (c !== '\r') field += c
  }
  if (field !== '' || record.length > 0) records.push([...record, field])
  const [header, ...rows] = records
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])))
}
