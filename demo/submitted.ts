// Shows the fields a demo form submitted with GET, as the shop's server would receive them.
export {};
const list = document.querySelector('#submitted');
for (const [name, value] of new URLSearchParams(location.search)) {
  if (name === 'card') continue;
  const dt = document.createElement('dt');
  dt.textContent = name;
  const dd = document.createElement('dd');
  dd.textContent = value;
  list?.append(dt, dd);
}
