import axios from 'axios';

class WeatherService {
  constructor() {
    this.cache = new Map();
  }

  // Answers the forecast, or null when the provider fails: callers show a fallback.
  async getForecast(lat, lon) {
    const key = `${lat},${lon}`;
    if (this.cache.has(key)) return this.cache.get(key);
    try {
      const { data } = await axios.get('https://api.open-meteo.com/v1/forecast', { params: { latitude: lat, longitude: lon } });
      this.cache.set(key, data);
      return data;
    } catch (error) {
      console.warn('forecast failed', error.message);
      return null;
    }
  }
}

export default new WeatherService();
