module.exports = {
  stripeKey: 'sk_live_WF1n8By1VgzGrBIE0vJ0r2mzOSJ5QafHIRzpcQiG', // expect: secrets/hardcoded[error]
  mongoUri: 'mongodb+srv://shop:Q7vLw2xKp9RmZt4N@cluster0.a1b2c.mongodb.net/shop', // expect: secrets/hardcoded[error]
  aws: {
    region: 'eu-west-1',
    accessKeyId: 'AKIASV2FOC8RJQLJXPA8', // expect: secrets/hardcoded[error]
    secretAccessKey: 'U1vRvToLjM8puFVER4BOoHxy4GuT6dcGaBoMat7f', // expect: secrets/hardcoded[warning]
  },
};
