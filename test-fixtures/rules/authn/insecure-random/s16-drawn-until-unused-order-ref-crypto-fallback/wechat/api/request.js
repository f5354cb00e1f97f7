function deviceKey() {
  let deviceId = uni.getStorageSync('device_id');
  if (!deviceId) {
    deviceId = 'dev_' + Date.now() + '_' + Math.random().toString(36).slice(2, 11);
    uni.setStorageSync('device_id', deviceId);
  }
  return deviceId;
}

export function request(url, data) {
  return new Promise((resolve, reject) => {
    uni.request({ url, data, method: 'POST', header: { 'X-Device-Id': deviceKey() }, success: resolve, fail: reject });
  });
}
