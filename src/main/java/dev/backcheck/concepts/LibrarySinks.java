package dev.backcheck.concepts;

import java.util.Set;

/**
 * Libraries whose calls take a URL, a file path or a command: an outbound HTTP client sends a request to another
 * service (no data of the app changes here), and a value handed to any of them is used where its text matters (the
 * key walk's "seen" uses, the authn walk's outbound calls). One list, asked by {@code RouteBehaviour} and
 * {@code Analysis}.
 */
public final class LibrarySinks {
    private LibrarySinks() { }

    /** Outbound HTTP clients. */
    public static final Set<String> HTTP_CLIENTS = Set.of("axios", "node-fetch", "got", "undici", "ky", "superagent",
            "@nestjs/axios", "ofetch", "cross-fetch");

    /** Clients of language-model APIs (their answers: a completion, the tool calls a model asks for). */
    public static final Set<String> LLM_CLIENTS = Set.of("openai", "@anthropic-ai/sdk", "@google/generative-ai", "@google/genai",
            "groq-sdk", "@mistralai/mistralai", "cohere-ai", "ollama", "@langchain/openai", "@langchain/google-genai",
            "@langchain/anthropic", "ai", "@ai-sdk/openai", "@ai-sdk/google", "@ai-sdk/anthropic", "replicate",
            "@huggingface/inference", "@google-cloud/vertexai", "together-ai");

    /** File, path and process modules, and Node's own HTTP modules. */
    private static final Set<String> FILE_AND_PROCESS = Set.of("fs", "fs/promises", "fs-extra", "path", "child_process", "vm",
            "shelljs", "execa", "http", "https");

    /** Methods whose argument names a file, a command, a URL or a field: readFile, exec, spawn, sendFile, distinct. */
    public static final Set<String> METHODS = Set.of("distinct", "exec", "execSync", "execFile", "spawn", "spawnSync", "readFile",
            "readFileSync", "createReadStream", "createWriteStream", "sendFile", "download", "unlink", "unlinkSync", "rm", "rmSync",
            "readdir", "readdirSync", "stat", "statSync", "access", "existsSync", "fetch", "request", "resolve", "join", "normalize");

    /** The module a call's receiver comes from ({@code node:} prefix or not) is an HTTP client, a file, path or process module. */
    public static boolean module(String root) {
        if (root == null) return false;
        String r = root.startsWith("node:") ? root.substring(5) : root;
        return HTTP_CLIENTS.contains(r) || FILE_AND_PROCESS.contains(r);
    }
}
