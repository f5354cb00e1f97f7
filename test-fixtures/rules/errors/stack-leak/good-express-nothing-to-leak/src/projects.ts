type Project = { id: string; logo?: string };

export const projects = {
  async find(id: string): Promise<Project> {
    return { id };
  },
  async save(p: Project) {
    return p;
  },
};
