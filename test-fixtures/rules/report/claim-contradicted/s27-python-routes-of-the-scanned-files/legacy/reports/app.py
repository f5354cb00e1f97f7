from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/api/monthly-reports")
def monthly_reports():
    return jsonify([])
