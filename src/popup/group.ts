// The page view's order: who must act first, then what kind of problem, each with a count.
// Actors in the order a sender reads them (what is mine, what is my ESP's, what is theirs, what
// needs nobody); inside, the largest category first.

import type { Actor, Category } from '../core/types.ts';
import type { Explained } from './explain-input.ts';

const ACTOR_ORDER: readonly Actor[] = ['sender', 'esp', 'recipient_admin', 'recipient', 'none'];

export interface CategoryGroup {
  category: Category;
  items: Array<{ item: Explained; index: number }>;
}

export interface ActorGroup {
  actor: Actor;
  count: number;
  categories: CategoryGroup[];
}

export function groupByActor(items: readonly Explained[]): ActorGroup[] {
  const byActor = new Map<Actor, Map<Category, CategoryGroup>>();
  items.forEach((item, index) => {
    const { actor, category } = item.verdict;
    const cats = byActor.get(actor) ?? new Map<Category, CategoryGroup>();
    byActor.set(actor, cats);
    const group = cats.get(category) ?? { category, items: [] };
    cats.set(category, group);
    group.items.push({ item, index });
  });
  return ACTOR_ORDER.filter((a) => byActor.has(a)).map((actor) => {
    const categories = [...byActor.get(actor)!.values()].sort((a, b) => b.items.length - a.items.length);
    return { actor, count: categories.reduce((n, c) => n + c.items.length, 0), categories };
  });
}
