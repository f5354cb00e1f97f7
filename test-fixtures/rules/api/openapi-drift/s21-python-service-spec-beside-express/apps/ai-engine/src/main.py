from fastapi import FastAPI

app = FastAPI(title="AI engine")


@app.get("/health")
def health() -> dict:
    return {"status": "ok"}


@app.get("/cases")
def cases() -> list:
    return []


@app.post("/summaries")
def summarise(body: dict) -> dict:
    return {"summary": ""}
