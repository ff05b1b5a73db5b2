import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function run(args: string[], input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/candor.js', ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

interface OutLine {
  id: string | number;
  spans: Array<{ start: number; end: number; label: string }>;
}

describe('candor redact', () => {
  it('reports spans in UTF-16 offsets for texts with emoji and astral-plane characters', async () => {
    const texts = [
      { id: 'emoji', text: '🧑🏽‍💻 Maya Okafor 👋 wrote to @jdoe on March 3rd: "you do not belong here" 𝒜𝒷𝒸', known_parties: [{ names: ['Maya Okafor'], usernames: [], emails: [] }] },
      { id: 7, text: '𠜎𠜱 Olusegun Adeyemi called +44 20 7946 0958 yesterday 🎉 and mailed seg@posteo.de' },
    ];
    const { code, stdout, stderr } = await run(['redact'], texts.map((t) => JSON.stringify(t)).join('\n') + '\n');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as OutLine);
    expect(lines.map((l) => l.id)).toEqual(['emoji', 7]);
    const covered = (i: number) => lines[i]!.spans.map((s) => ({ label: s.label, text: texts[i]!.text.slice(s.start, s.end) }));
    expect(covered(0)).toEqual([
      { label: 'PERSON', text: 'Maya Okafor' },
      { label: 'USERNAME', text: '@jdoe' },
      { label: 'DATETIME', text: 'March 3rd' },
      { label: 'QUOTE', text: '"you do not belong here"' },
    ]);
    expect(covered(1)).toEqual([
      { label: 'PERSON', text: 'Olusegun Adeyemi' },
      { label: 'PHONE', text: '+44 20 7946 0958' },
      { label: 'DATETIME', text: 'yesterday' },
      { label: 'EMAIL', text: 'seg@posteo.de' },
    ]);
    for (const line of lines) for (const s of line.spans) expect(Object.keys(s).sort()).toEqual(['end', 'label', 'start']);
  });

  it('names the line number of invalid input, goes on with the stream and exits non-zero', async () => {
    const input = [
      JSON.stringify({ id: 'first', text: 'Call Grace tomorrow' }),
      '{not json',
      JSON.stringify({ id: 'third', text: 42 }),
      '',
      JSON.stringify({ id: 'fifth', text: 'Nothing to see in Berlin in 2025.' }),
    ].join('\n');
    const { code, stdout, stderr } = await run(['redact'], input);
    expect(code).not.toBe(0);
    const ids = stdout.trim().split('\n').map((l) => (JSON.parse(l) as OutLine).id);
    expect(ids).toEqual(['first', 'fifth']);
    expect(stderr).toContain('line 2');
    expect(stderr).toContain('line 3');
    expect(stderr).toContain('text');
    expect(stderr).not.toContain('line 4');
    // Error messages never repeat the texts.
    expect(stderr).not.toContain('Grace');
  });

  it('prints a readable redacted text with the replacements and their reasons', async () => {
    const parties = JSON.stringify([{ names: ['Maya Okafor'], usernames: ['maya_o'], emails: [] }]);
    const { code, stdout } = await run(['redact', '--text', '--parties', parties], 'Maya told @maya_o’s friend on 3/14/2025 that Maya Okafor would leave.\n');
    expect(code).toBe(0);
    const [rendered, list] = stdout.split('\n\n');
    expect(rendered).toBe('Person 1 told Person 1’s friend in March 2025 that Person 1 would leave.');
    expect(rendered).not.toMatch(/Maya|Okafor|maya_o/);
    expect(list).toContain('PERSON: "Maya" → "Person 1" (part of the name of known party 1)');
    expect(list).toContain('DATETIME');
  });
});
