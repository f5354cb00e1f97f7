interface Link {
  id: number;
  url: string;
  title: string;
  tags: string[];
}

const links: Link[] = [];

export async function findLinks(tag?: string) {
  return tag ? links.filter((l) => l.tags.includes(tag)) : links;
}

export async function createLink(input: Omit<Link, 'id'>) {
  const link = { id: links.length + 1, ...input };
  links.push(link);
  return link;
}

export async function deleteLink(id: number) {
  const i = links.findIndex((l) => l.id === id);
  if (i >= 0) links.splice(i, 1);
}

export async function setAvatar(file: File) {
  return file.size;
}
