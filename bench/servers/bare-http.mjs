// Ceiling of Node itself: node:http answering fixed bytes.
import { createServer } from 'node:http';

const body = Buffer.from(JSON.stringify({ data: { answer: 'x'.repeat(Number(process.env.BYTES ?? 1000)) } }));
createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
    res.end(body);
  });
}).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
