#!/usr/bin/env node
// A minimal SMTP server for `make cluster-test`: accepts every email the API instances send and appends one
// line per email to LOGFILE: "<recipients>\t<subject>". It counts what really left the instances, so
// that an email sent twice (by two instances) shows as two lines. Plain SMTP, no TLS, no authentication:
// 127.0.0.1 only.
//
// node backend/dev/cluster-smtp.mjs PORT LOGFILE
import { appendFileSync } from 'node:fs';
import { createServer } from 'node:net';

const [port, logFile] = process.argv.slice(2);
if (!port || !logFile) throw new Error('usage: cluster-smtp.mjs PORT LOGFILE');

createServer((socket) => {
  let buffer = '';
  let inData = false;
  let recipients = [];
  let message = [];
  const reply = (line) => socket.write(`${line}\r\n`);
  reply('220 pas-cluster-test SMTP');

  function command(line) {
    const verb = line.slice(0, 4).toUpperCase();
    if (verb === 'EHLO' || verb === 'HELO') reply('250 pas-cluster-test');
    else if (verb === 'MAIL') { recipients = []; reply('250 OK'); }
    else if (verb === 'RCPT') { recipients.push(line.replace(/^RCPT TO:\s*<?([^>]*)>?.*$/i, '$1')); reply('250 OK'); }
    else if (verb === 'DATA') { inData = true; message = []; reply('354 End data with <CR><LF>.<CR><LF>'); }
    else if (verb === 'QUIT') { reply('221 Bye'); socket.end(); }
    else reply('250 OK'); // RSET, NOOP and the rest
  }

  function dataLine(line) {
    if (line !== '.') { message.push(line); return; }
    inData = false;
    const subject = message.find((header) => /^subject:/i.test(header))?.replace(/^subject:\s*/i, '') ?? '';
    appendFileSync(logFile, `${recipients.join(',')}\t${subject}\n`);
    reply('250 OK: queued');
  }

  socket.on('data', (chunk) => {
    buffer += chunk.toString('utf8');
    let end;
    while ((end = buffer.indexOf('\r\n')) >= 0) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (inData) dataLine(line); else command(line);
    }
  });
  socket.on('error', () => {});
}).listen(Number(port), '127.0.0.1');
