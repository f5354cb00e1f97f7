from fastapi import FastAPI

app = FastAPI(title="Conversion factors")


@app.get("/factors")
def list_factors(scope: int | None = None):
    return []


@app.get("/factors/{factor_id}")
def get_factor(factor_id: str):
    return {"id": factor_id}
