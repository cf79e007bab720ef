import { PropError, type PropSite } from './props';

/** Island ids become URL keys ("n1.w1"), so they are short, plain and start with a letter. */
const ID = /^[a-z][a-z0-9-]{0,31}$/;

/**
 * The island's id: the `id` prop if given (validated), else `<prefix><islandIndex>` from its
 * position in the lesson (set by the MDX pipeline), e.g. "neuron2".
 */
export function islandId(
  site: PropSite,
  id: unknown,
  prefix: string,
  islandIndex: unknown,
): string {
  if (id !== undefined) {
    if (typeof id !== 'string' || !ID.test(id)) {
      throw new PropError(
        site,
        'id',
        'a short id of lowercase letters, digits and "-", starting with a letter (it becomes a URL key)',
        id,
      );
    }
    return id;
  }
  if (typeof islandIndex === 'number' && Number.isInteger(islandIndex) && islandIndex > 0) {
    return `${prefix}${islandIndex}`;
  }
  throw new PropError(site, 'id', 'given when the component is used outside a lesson', id);
}
