package com.acme.shop.crypto;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.util.Base64;

public class FieldEncryptor {
    private final SecretKeySpec key;

    public FieldEncryptor(byte[] keyBytes) {
        this.key = new SecretKeySpec(keyBytes, "AES");
    }

    public String encrypt(String plain) throws Exception {
        Cipher cipher = Cipher.getInstance("AES"); // expect: crypto/weak-cipher
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return Base64.getEncoder().encodeToString(cipher.doFinal(plain.getBytes()));
    }

    public String encryptCbc(String plain) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec("0123456789abcdef".getBytes())); // expect: crypto/weak-cipher
        return Base64.getEncoder().encodeToString(cipher.doFinal(plain.getBytes()));
    }

    public byte[] legacy(byte[] data, SecretKeySpec desKey) throws Exception {
        Cipher cipher = Cipher.getInstance("DESede/CBC/PKCS5Padding"); // expect: crypto/weak-cipher
        cipher.init(Cipher.DECRYPT_MODE, desKey);
        return cipher.doFinal(data);
    }
}
