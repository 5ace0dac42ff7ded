// A stand-in Web API for bench/slack-peers.sh's training run: answers like ../shared/bench-peers/fake-slack-api.js
// and keeps the body of the first chat.postMessage (a real comp-coach card) in the file given, so the script can
// then measure how many such cards the fake Web API itself can take per second.
// Usage: node card-capture.js PORT CARD_FILE
const http = require('http');
const fs = require('fs');
const [port, cardFile] = [Number(process.argv[2]), process.argv[3]];
let seq = 0;
http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const method = req.url.split('?')[0].split('/').pop();
    if (method === 'chat.postMessage' && !fs.existsSync(cardFile)) fs.writeFileSync(cardFile, Buffer.concat(chunks));
    const reply = method === 'auth.test'
      ? { ok: true, url: 'https://acme.slack.com/', team: 'Acme', user: 'comp', team_id: 'T1', user_id: 'U0BOT', bot_id: 'B0BOT' }
      : { ok: true, channel: 'C1', ts: `1800000000.${String(++seq).padStart(6, '0')}` };
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(reply));
  });
}).listen(port, '127.0.0.1', () => console.log(`card-capture listening on ${port}`));
