/**
 * The 404 page's only script: one static page answers every unknown address,
 * so which jurisdiction or document it meant can only be read in the browser.
 */
import { guessRoutes, type KnownRoutes } from '../../lib/not-found/guess-route.ts';

const data = document.getElementById('known-routes')?.textContent;
const box = document.getElementById('route-guesses');
const list = box?.querySelector('ul');
if (data && box && list) {
  const guesses = guessRoutes(location.pathname, JSON.parse(data) as KnownRoutes);
  for (const g of guesses) {
    const a = document.createElement('a');
    a.href = g.href;
    a.textContent = g.label;
    const li = document.createElement('li');
    li.append(a);
    list.append(li);
  }
  box.hidden = guesses.length === 0;
}
