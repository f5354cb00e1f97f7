type Step = { id: string; next?: string[] };

export class FlowLinter {
  private static instance: FlowLinter | null = null;
  private seen = 0;

  private constructor() {}

  /** one linter for the process */
  public static getInstance(): FlowLinter {
    if (FlowLinter.instance === null) {
      FlowLinter.instance = new FlowLinter();
    }
    return FlowLinter.instance;
  }

  lint(steps: Step[]): string[] {
    const ids = new Set(steps.map((s) => s.id));
    const problems: string[] = [];
    for (const s of steps) {
      for (const n of s.next ?? []) if (!ids.has(n)) problems.push(`${s.id} points to missing ${n}`);
    }
    return problems;
  }
}

export class FlowStore {
  private static instance: FlowStore | undefined;
  private flows = new Map<string, Step[]>();

  static getInstance(): FlowStore {
    if (FlowStore.instance === undefined) {
      FlowStore.instance = new FlowStore();
    }
    return FlowStore.instance;
  }

  save(name: string, steps: Step[]) {
    this.flows.set(name, steps);
  }
}
