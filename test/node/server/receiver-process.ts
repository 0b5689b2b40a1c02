// `wa-optin-server` as its own process (from source, through tsx), for the CLI tests and
// the benchmark: started on a free loopback port, its URL read from what it prints.
import { spawn, type ChildProcess } from 'node:child_process';

export interface ReceiverProcess {
  child: ChildProcess;
  url: string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

const spawnCli = (args: string[], env: Record<string, string>, stdio: ['ignore', 'pipe' | 'ignore', 'pipe' | 'inherit']) =>
  spawn(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', '--port', '0', ...args], { env: { ...process.env, ...env }, stdio });

export async function startReceiverProcess(args: string[], env: Record<string, string> = {}): Promise<ReceiverProcess> {
  const child = spawnCli(args, env, ['ignore', 'pipe', 'inherit']);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) resolve(match[1]);
    });
    void exited.then((code) => reject(new Error(`wa-optin-server exited with ${code}: ${output}`)));
  });
  return { child, url, exited };
}

/** SIGTERM, then the exit code: 0 when it shut down cleanly. */
export function stopReceiverProcess(receiver: ReceiverProcess): Promise<number | null> {
  receiver.child.kill('SIGTERM');
  return receiver.exited;
}

/** Runs `wa-optin-server` that is expected to stop by itself (refusing to start): its exit code and stderr. */
export async function runReceiverProcess(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stderr: string }> {
  const child = spawnCli(args, env, ['ignore', 'ignore', 'pipe']);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, stderr };
}
