export abstract class NotesRepository {
  abstract all(): Promise<string[]>;
  abstract add(text: string): Promise<void>;
}
