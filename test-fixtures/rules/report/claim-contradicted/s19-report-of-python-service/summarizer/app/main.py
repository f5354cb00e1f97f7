from fastapi import FastAPI

app = FastAPI()
calls: dict[str, int] = {}


@app.post("/summaries/{venue}")
def summarize(venue: str) -> dict:
    calls[venue] = calls.get(venue, 0) + 1
    if calls[venue] > 50:
        return {"error": "quota"}
    return {"summary": ""}
