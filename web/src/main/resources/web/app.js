// Shows the server's health; the rest of the workbench builds on the same documented API.
const text = (id, value) => { document.getElementById(id).textContent = value; };

async function showHealth() {
  try {
    const response = await fetch('/api/health');
    const health = await response.json();
    text('health-status', health.status);
    text('health-version', health.version);
    const db = health.neo4j;
    text('health-neo4j', db.up
      ? `${db.edition} ${db.version}${db.embedded ? ' (embedded)' : ''}`
      : `down: ${db.error}`);
    document.body.dataset.health = health.status;
  } catch (e) {
    text('health-status', `unreachable: ${e.message}`);
    document.body.dataset.health = 'UNREACHABLE';
  }
}

showHealth();
setInterval(showHealth, 10000);
